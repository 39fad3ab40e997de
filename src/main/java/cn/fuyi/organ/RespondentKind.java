package cn.fuyi.organ;

import cn.fuyi.common.Labelled;

/** What kind of body a respondent (被申请人) is; reports count distinct respondents of each kind. */
public enum RespondentKind implements Labelled {
    TOWNSHIP_GOVERNMENT("乡镇（街道、区镇）人民政府", "Township or district government"),
    LOWER_GOVERNMENT("下级人民政府", "Lower-level people's government"),
    GOVERNMENT_DEPARTMENT("政府工作部门", "Government department"),
    AUTHORISED_ORGANISATION("法律、法规、规章授权的组织", "Organisation authorised by law");

    private final String zh;
    private final String en;

    RespondentKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String labelZh() {
        return zh;
    }

    public String labelEn() {
        return en;
    }
}
