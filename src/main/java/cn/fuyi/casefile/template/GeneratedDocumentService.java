package cn.fuyi.casefile.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.casefile.CaseDocument;
import cn.fuyi.casefile.DocumentOwner;
import cn.fuyi.casefile.DocumentService;
import cn.fuyi.casefile.DocumentState;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.TimeSource;
import cn.fuyi.organ.Organ;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.ReconsiderationService;

/**
 * Makes a formal document for a case: fills the organ's template (or the built-in one) from the case, gives it the
 * organ's next document number of its kind and year, and stores it in the case file as a document.
 */
@ApplicationScoped
public class GeneratedDocumentService {

    @Inject
    ReconsiderationService cases;
    @Inject
    DocumentService documents;
    @Inject
    TemplateService templates;
    @Inject
    DocumentNumbers numbers;
    @Inject
    AuditLog audit;
    @Inject
    TimeSource time;

    /** What the client asks for: the kind, and optionally the document's date, its recipient and (送达回证) the document served. */
    public record Order(FormalDocumentKind kind, LocalDate date, String recipient, Long servedDocumentId) {
    }

    @Transactional
    public CaseDocument generate(long caseId, Order order) {
        audit.expect();
        ReconsiderationCase c = cases.find(caseId);
        LocalDate date = order.date() == null ? time.today() : order.date();
        if (date.isAfter(time.today())) {
            throw ApiException.invalidField("date", "DATE_IN_FUTURE", date, time.today());
        }
        CaseDocument served = null;
        if (order.servedDocumentId() != null) {
            served = documents.find(DocumentOwner.RECONSIDERATION_CASE, caseId, order.servedDocumentId());
            if (served.state != DocumentState.ACTIVE) {
                throw ApiException.conflict("DOCUMENT_ALREADY_WITHDRAWN", served.id, served.withdrawnAt);
            }
        }
        Organ organ = Organ.findById(c.organId);
        Map<String, String> values = CaseFacts.of(c, organ, new CaseFacts.Request(order.kind(), date, order.recipient(), served));
        TemplateService.Template template = templates.current(c.organId, order.kind());
        String pattern = DocumentNumbers.pattern(organ, order.kind());

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template.content()))) {
            // everything but the number is filled before the number is drawn, to keep the counter's lock short
            TemplateEngine.fill(doc, values);
            // drawn last before the first insert: the organ's counter of this kind and year stays locked until the commit
            int seq = numbers.next(c.organId, order.kind(), date.getYear());
            String number = DocumentNumbers.format(pattern, date.getYear(), seq);
            Map<String, String> rest = new java.util.HashMap<>();
            order.kind().placeholders().forEach(p -> rest.put(p.name(), ""));
            rest.put("documentNumber", number);
            TemplateEngine.fill(doc, rest);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            String name = order.kind().labelZh() + "（" + number + "）"
                    + (order.kind() == FormalDocumentKind.SERVICE_RECEIPT ? "-" + values.get("recipient") : "") + ".docx";
            return documents.store(DocumentOwner.RECONSIDERATION_CASE, caseId, new DocumentService.Generated(
                    order.kind().documentKind(), name, out.toByteArray(), order.kind().name(), number, template.version(), date));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
