package cn.fuyi.reconsideration.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.TerminationGround;

/**
 * Earlier cases this application may repeat after a withdrawal. Once a withdrawal after settlement was approved and the
 * case terminated, the applicant may not apply again on the same facts and reasons, unless they show the withdrawal
 * was against their true will (ARL 74 ¶2); the 2007 Regulations say the same of any approved withdrawal (art. 38 ¶2).
 * Whether the facts and reasons are the same is for the organ to judge, so this only warns: same organ and respondent,
 * an applicant in common (by ID number, or by name where the new application gives none), and the same act (by its
 * document number, or where there is none by its date and category), terminated on a withdrawal before this
 * application was received.
 */
public final class ReapplicationCheck {

    /** One earlier case and the rule that bars repeating it. */
    public record Earlier(long caseId, String caseNumber, TerminationGround ground, LocalDate terminatedDate) {

        public boolean afterSettlement() {
            return ground == TerminationGround.WITHDRAWN_AFTER_SETTLEMENT;
        }

        public String article() {
            return afterSettlement() ? "ARL 74" : "Regulations 2007 art. 38";
        }
    }

    private ReapplicationCheck() {
    }

    public static List<Earlier> earlier(ReconsiderationCase c) {
        if (c.id == null) {
            return List.of();
        }
        Set<String> ids = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        for (CaseParty p : CaseParty.<CaseParty>list("caseId = ?1 and role = ?2", c.id, PartyRole.APPLICANT)) {
            if (p.idNumber != null && !p.idNumber.isBlank()) {
                ids.add(p.idNumber.trim());
            }
            names.add(p.name);
        }
        String document = c.actDocumentNumber == null || c.actDocumentNumber.isBlank() ? null : c.actDocumentNumber.trim();
        if (names.isEmpty() || (document == null && c.actDate == null)) {
            return List.of();
        }
        StringBuilder q = new StringBuilder("id <> ?1 and organId = ?2 and respondentId = ?3 and decisionType = ?4"
                + " and terminationGround in ?5 and concludedDate <= ?6");
        List<Object> args = new ArrayList<>(List.of(c.id, c.organId, c.respondentId, DecisionType.TERMINATION,
                List.of(TerminationGround.WITHDRAWN, TerminationGround.WITHDRAWN_AFTER_SETTLEMENT), c.receivedDate));
        if (document != null) {
            args.add(document);
            q.append(" and actDocumentNumber = ?").append(args.size());
        } else {
            args.add(c.actDate);
            q.append(" and actDate = ?").append(args.size());
            args.add(c.actCategory);
            q.append(" and actCategory = ?").append(args.size());
        }
        args.add(PartyRole.APPLICANT);
        int role = args.size();
        if (!ids.isEmpty()) {
            args.add(List.copyOf(ids));
            q.append(" and id in (select p.caseId from CaseParty p where p.role = ?").append(role).append(" and p.idNumber in ?")
                    .append(args.size()).append(')');
        } else {
            args.add(List.copyOf(names));
            q.append(" and id in (select p.caseId from CaseParty p where p.role = ?").append(role).append(" and p.name in ?")
                    .append(args.size()).append(')');
        }
        q.append(" order by concludedDate, id");
        return ReconsiderationCase.<ReconsiderationCase>list(q.toString(), args.toArray()).stream()
                .map(e -> new Earlier(e.id, e.caseNumber, e.terminationGround, e.concludedDate)).toList();
    }
}
