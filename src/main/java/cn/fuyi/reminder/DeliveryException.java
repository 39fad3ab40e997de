package cn.fuyi.reminder;

/** A delivery that did not go through; permanent when retrying cannot help (no address configured). */
public class DeliveryException extends Exception {

    private final boolean permanent;

    public DeliveryException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
