package cn.fuyi.reconsideration.stay;

import java.util.Set;

import cn.fuyi.common.Labelled;

/**
 * The grounds on which execution of the act stops during reconsideration (ARL 42); without one it does not stop.
 * Each ground belongs to whoever may invoke it: (一) the respondent, (二) the organ, (三) a party's request the organ
 * finds reasonable; (四) a law, regulation or rule requiring the stop, whoever raises it.
 */
public enum StayGround implements Labelled {
    RESPONDENT_DEEMS_NECESSARY("被申请人认为需要停止执行", "The respondent deems it necessary", "ARL 42(一)",
            Set.of(StayRequester.RESPONDENT)),
    ORGAN_DEEMS_NECESSARY("行政复议机关认为需要停止执行", "The reconsideration organ deems it necessary", "ARL 42(二)",
            Set.of(StayRequester.EX_OFFICIO)),
    REQUEST_REASONABLE("申请人、第三人申请停止执行，行政复议机关认为其要求合理", "A party asked and the organ finds the request reasonable",
            "ARL 42(三)", Set.of(StayRequester.APPLICANT, StayRequester.THIRD_PARTY)),
    PROVIDED_BY_LAW("法律、法规、规章规定停止执行", "A law, regulation or rule requires the stop", "ARL 42(四)",
            Set.of(StayRequester.values()));

    private final String zh;
    private final String en;
    private final String article;
    private final Set<StayRequester> invokedBy;

    StayGround(String zh, String en, String article, Set<StayRequester> invokedBy) {
        this.zh = zh;
        this.en = en;
        this.article = article;
        this.invokedBy = invokedBy;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    public String article() {
        return article;
    }

    /** Whether a stop asked for or made by {@code requester} can rest on this ground. */
    public boolean availableTo(StayRequester requester) {
        return invokedBy.contains(requester);
    }
}
