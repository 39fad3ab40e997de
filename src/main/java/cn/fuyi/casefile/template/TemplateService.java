package cn.fuyi.casefile.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.casefile.FileNames;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.organ.Organ;
import cn.fuyi.security.UserScope;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * The templates of formal documents: the built-in ones shipped in {@code templates/}, and the organs' own, of which
 * every upload is kept as a version and the latest is used. An upload must be a .docx that uses only the
 * placeholders its kind offers; anything else is refused with the list of those it may use.
 */
@ApplicationScoped
public class TemplateService {

    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;
    @Inject
    UserScope scope;

    @ConfigProperty(name = "fuyi.templates.max-size", defaultValue = "5M")
    MemorySize maxSize;

    /** A template's content and its version: 0 for the built-in one. */
    public record Template(FormalDocumentKind kind, int version, String fileName, byte[] content) {
    }

    /** The organ, if the user's scope includes it; 404 otherwise. */
    public Organ organ(long organId) {
        Organ o = Organ.findById(organId);
        if (o == null || !scope.seesOrgan(organId)) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", organId);
        }
        return o;
    }

    /** The template the organ's documents of this kind are made from. */
    public Template current(long organId, FormalDocumentKind kind) {
        DocumentTemplate own = DocumentTemplate.current(organId, kind);
        return own != null ? new Template(kind, own.versionNo, own.fileName, own.content) : builtIn(kind);
    }

    public static Template builtIn(FormalDocumentKind kind) {
        try (InputStream in = TemplateService.class.getClassLoader().getResourceAsStream(kind.builtInResource())) {
            if (in == null) {
                throw new IllegalStateException("built-in template missing: " + kind.builtInResource());
            }
            return new Template(kind, 0, kind.labelZh() + ".docx", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<DocumentTemplate> versions(long organId, FormalDocumentKind kind) {
        organ(organId);
        return DocumentTemplate.list("organId = ?1 and kind = ?2 order by versionNo", organId, kind);
    }

    public DocumentTemplate version(long organId, FormalDocumentKind kind, int versionNo) {
        organ(organId);
        DocumentTemplate t = DocumentTemplate.find("organId = ?1 and kind = ?2 and versionNo = ?3", organId, kind, versionNo)
                .firstResult();
        if (t == null) {
            throw ApiException.notFound("TEMPLATE_VERSION_NOT_FOUND", kind.name(), versionNo);
        }
        return t;
    }

    /** Whether each kind has the organ's own template, and its latest version. */
    public Map<FormalDocumentKind, DocumentTemplate> own(long organId) {
        organ(organId);
        Map<FormalDocumentKind, DocumentTemplate> m = new LinkedHashMap<>();
        for (FormalDocumentKind k : FormalDocumentKind.values()) {
            DocumentTemplate t = DocumentTemplate.current(organId, k);
            if (t != null) {
                m.put(k, t);
            }
        }
        return m;
    }

    @Transactional
    public DocumentTemplate upload(long organId, FormalDocumentKind kind, Path file, String fileName) {
        audit.expect();
        organ(organId);
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > maxSize.asLongValue()) {
                throw new ApiException(413, "DOCUMENT_TOO_LARGE", size, maxSize.asLongValue());
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        check(kind, content);
        DocumentTemplate last = DocumentTemplate.current(organId, kind);
        DocumentTemplate t = new DocumentTemplate();
        t.organId = organId;
        t.kind = kind;
        t.versionNo = last == null ? 1 : last.versionNo + 1;
        t.fileName = FileNames.sanitise(fileName == null || fileName.isBlank() ? kind.labelZh() + ".docx" : fileName);
        t.sizeBytes = content.length;
        t.sha256 = sha256(content);
        t.content = content;
        t.uploadedAt = time.now();
        t.uploadedBy = user.username();
        t.persist();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("kind", kind.name());
        changes.put("versionNo", t.versionNo);
        changes.put("fileName", t.fileName);
        changes.put("sizeBytes", t.sizeBytes);
        changes.put("sha256", t.sha256);
        audit.record(SubjectType.DOCUMENT_TEMPLATE, t.id, organId, "UPLOAD", changes, null);
        audit.publish("DOCUMENT_TEMPLATE_UPLOADED", SubjectType.DOCUMENT_TEMPLATE, t.id, organId, null, changes);
        return t;
    }

    /** A template must open as a .docx and use no placeholder its kind does not offer (422, with the list). */
    static void check(FormalDocumentKind kind, byte[] content) {
        Set<String> used;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            used = TemplateEngine.placeholders(doc);
        } catch (IOException | RuntimeException e) {
            throw ApiException.unprocessable("TEMPLATE_NOT_DOCX");
        }
        List<String> unknown = new ArrayList<>();
        for (String name : used) {
            if (!kind.offers(name)) {
                unknown.add("${" + name + "}");
            }
        }
        if (!unknown.isEmpty()) {
            List<String> valid = kind.placeholders().stream().map(Placeholder::token).toList();
            throw ApiException.unprocessable("TEMPLATE_UNKNOWN_PLACEHOLDER", String.join(", ", unknown), String.join(", ", valid))
                    .with("unknownPlaceholders", unknown).with("validPlaceholders", valid);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
