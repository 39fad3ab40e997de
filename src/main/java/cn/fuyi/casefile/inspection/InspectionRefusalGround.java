package cn.fuyi.casefile.inspection;

import cn.fuyi.common.Labelled;

/** The statutory grounds on which inspection may be refused in whole or in part (ARL 47); no other ground is allowed. */
public enum InspectionRefusalGround implements Labelled {
    STATE_SECRET("涉及国家秘密", "State secret"),
    COMMERCIAL_SECRET("涉及商业秘密", "Commercial secret"),
    PERSONAL_PRIVACY("涉及个人隐私", "Personal privacy"),
    NATIONAL_SECURITY("可能危及国家安全", "May endanger national security"),
    PUBLIC_SECURITY("可能危及公共安全", "May endanger public security"),
    SOCIAL_STABILITY("可能危及社会稳定", "May endanger social stability");

    private final String zh;
    private final String en;

    InspectionRefusalGround(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }
}
