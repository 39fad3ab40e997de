package cn.fuyi.security;

/** Masks personal data for users who do not need it: ID numbers, phone numbers and addresses. */
public final class Masking {

    private Masking() {
    }

    /** 320105199001011234 → 3201**********1234. */
    public static String idNumber(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() <= 8) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 4) + "*".repeat(s.length() - 8) + s.substring(s.length() - 4);
    }

    /** 13912345678 → 139****5678. */
    public static String phone(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() < 8) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }

    /** 江苏省太仓市城厢镇人民路1号 → 江苏省太仓市****. */
    public static String address(String s) {
        if (s == null) {
            return null;
        }
        return s.length() <= 6 ? "****" : s.substring(0, 6) + "****";
    }

    /** 王建国 → 王**: a person's name, for users who do not see personal data. */
    public static String name(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int first = s.offsetByCodePoints(0, 1);
        return s.substring(0, first) + "*".repeat(Math.max(1, s.codePointCount(first, s.length())));
    }
}
