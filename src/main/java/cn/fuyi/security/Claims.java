package cn.fuyi.security;

/** Names of the token claims Fuyi reads besides the standard ones ({@code upn}, {@code groups}, {@code name}). */
public final class Claims {

    /** Ids of the organs whose cases the user handles. */
    public static final String ORGANS = "organs";
    /** {@code EXACT} (default): only those organs; {@code SUBTREE}: with their subordinate organs; {@code ALL}: every organ. */
    public static final String ORGAN_SCOPE = "organScope";
    /** For the agency role: the id of the user's agency (respondent). */
    public static final String RESPONDENT = "respondent";
    /** The person's name as recorded on events and approvals. */
    public static final String NAME = "name";

    private Claims() {
    }
}
