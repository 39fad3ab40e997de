package cn.fuyi.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.ETags;
import cn.fuyi.common.Messages;
import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.security.UserScope;

/** The HTTP side of the document endpoints, shared by cases and lawsuits: form fields in, views and streams out. */
@ApplicationScoped
public class DocumentHttp {

    @Inject
    DocumentService service;
    @Inject
    UserScope scope;

    Response upload(DocumentOwner type, long ownerId, FileUpload file, String kind, String submittedBy, String receivedDate,
            String pageCount, HttpHeaders headers) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badRequest("DOCUMENT_FILE_REQUIRED");
        }
        DocumentService.Metadata meta = new DocumentService.Metadata(kind(kind), text("submittedBy", submittedBy, 100),
                date(receivedDate), pages(pageCount));
        CaseDocument d = service.upload(type, ownerId, meta, new DocumentService.Upload(file.uploadedFile(), file.fileName()));
        return Response.created(URI.create("/api/v1/" + type.path() + "/" + ownerId + "/documents/" + d.id))
                .tag(ETags.of(d.version)).entity(view(d, headers)).build();
    }

    PageResult<DocumentView> list(DocumentOwner type, long ownerId, boolean includeWithdrawn, PageRequest page, HttpHeaders headers) {
        DocumentService.Page p = service.list(type, ownerId, includeWithdrawn, page.page(), page.size());
        return PageResult.of(p.items().stream().map(d -> view(d, headers)).toList(), page, p.total());
    }

    Response get(DocumentOwner type, long ownerId, long docId, HttpHeaders headers) {
        CaseDocument d = service.find(type, ownerId, docId);
        return Response.ok(view(d, headers)).tag(ETags.of(d.version)).build();
    }

    Response content(DocumentOwner type, long ownerId, long docId) {
        DocumentService.Content c = service.open(type, ownerId, docId);
        CaseDocument d = c.document();
        InputStream in;
        try {
            in = c.opener().open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(in, d.contentType).header("Content-Length", d.sizeBytes)
                .header("Content-Disposition", FileNames.contentDisposition(d.fileName))
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(d.sha256)))
                .header("X-Content-Type-Options", "nosniff").tag(ETags.of(d.version)).build();
    }

    Response withdraw(DocumentOwner type, long ownerId, long docId, Withdrawal in, HttpHeaders headers) {
        CaseDocument d = service.withdraw(type, ownerId, docId, in.reason());
        return Response.ok(view(d, headers)).tag(ETags.of(d.version)).build();
    }

    private DocumentView view(CaseDocument d, HttpHeaders headers) {
        boolean english = "en".equals(Messages.locale(headers).getLanguage());
        return DocumentView.of(d, !scope.seesPersonalData(), english);
    }

    private static DocumentKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw ApiException.badRequest("DOCUMENT_KIND_REQUIRED");
        }
        try {
            return DocumentKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("DOCUMENT_KIND_UNKNOWN", kind, java.util.Arrays.toString(DocumentKind.values()));
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > max || v.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("DOCUMENT_FIELD_INVALID", field, v);
        }
        return v;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("DOCUMENT_FIELD_INVALID", "receivedDate", value);
        }
    }

    private static Integer pages(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1 || n > 100_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("DOCUMENT_FIELD_INVALID", "pageCount", value);
        }
    }
}
