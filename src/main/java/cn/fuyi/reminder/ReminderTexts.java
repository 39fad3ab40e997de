package cn.fuyi.reminder;

import java.time.LocalDate;
import java.util.List;

import cn.fuyi.audit.SubjectType;

/**
 * The words of a reminder: the record's number, the deadline and its date, the article, and where to look. Never the
 * applicant's or a plaintiff's name or any other personal data.
 */
final class ReminderTexts {

    private ReminderTexts() {
    }

    static String title(OpenDeadline d, ReminderPoint point, int workingDaysLeft) {
        String what = prefix(d.subjectType()) + d.reference() + " " + d.kindLabel();
        String when = switch (point) {
            case AHEAD -> "将于 " + d.due() + " 到期（还有 " + workingDaysLeft + " 个工作日）";
            case DUE_TODAY -> "今日（" + d.due() + "）到期";
            case OVERDUE -> "已于 " + d.due() + " 到期，尚未完成";
            case ESCALATED -> "逾期未完成（" + d.due() + " 到期），请督办";
            case DIGEST -> "";
            case EVENT -> "期限已于 " + d.due() + " 届满，未作出不予受理决定，依法视为受理（" + d.article() + "）";
        };
        return clip(what + "：" + when, 300);
    }

    static String body(OpenDeadline d, ReminderPoint point, int workingDaysLeft) {
        StringBuilder b = new StringBuilder(title(d, point, workingDaysLeft)).append("\n\n");
        b.append("事项：").append(d.kindLabel()).append('\n');
        b.append("期限届满日：").append(d.due()).append('\n');
        if (d.article() != null) {
            b.append("依据：").append(d.article()).append('\n');
        }
        if (d.clerk() != null) {
            b.append("承办人：").append(d.clerk()).append('\n');
        }
        b.append("查看：").append(path(d)).append('\n');
        return b.toString();
    }

    static String digestTitle(String username, LocalDate day, int count) {
        return "复议工作每日提醒 " + day + "：" + count + " 项期限待办";
    }

    static String digestBody(LocalDate day, List<OpenDeadline> items) {
        StringBuilder b = new StringBuilder("截至 ").append(day).append("，以下期限尚未完成：\n\n");
        for (OpenDeadline d : items) {
            b.append(d.due().isBefore(day) ? "【已逾期】" : d.due().equals(day) ? "【今日到期】" : "")
                    .append(prefix(d.subjectType())).append(d.reference()).append(' ').append(d.kindLabel())
                    .append(" 届满日 ").append(d.due()).append("  ").append(path(d)).append('\n');
        }
        return b.toString();
    }

    static String path(OpenDeadline d) {
        SubjectType t = SubjectType.valueOf(d.subjectType());
        return switch (t) {
            case RECONSIDERATION_CASE -> "/api/v1/reconsiderations/" + d.subjectId() + "/deadlines";
            case LAWSUIT -> "/api/v1/lawsuits/" + d.subjectId();
            case RECOMMENDATION -> "/api/v1/recommendations/" + d.subjectId();
            case RECTIFICATION -> "/api/v1/rectifications/" + d.subjectId();
            case SUBMISSION_DEADLINE -> "/api/v1/statistics/submissions/owed?organId=" + d.organId();
            default -> "";
        };
    }

    private static String prefix(String subjectType) {
        return switch (SubjectType.valueOf(subjectType)) {
            case RECONSIDERATION_CASE -> "复议案件 ";
            case LAWSUIT -> "诉讼案件 ";
            case RECOMMENDATION -> "建议书 ";
            case SUBMISSION_DEADLINE -> "上报 ";
            default -> "";
        };
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
