package cn.fuyi.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.casefile.storage.DocumentStorage;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;
import cn.fuyi.lifecycle.TrackedRecord;
import cn.fuyi.litigation.LitigationService;
import cn.fuyi.reconsideration.ReconsiderationService;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * The documents of case files: upload, list, read, withdraw, and the check that rows and stored objects agree.
 * An upload stores its object first and then inserts its row; if the transaction does not commit, the object is
 * removed again after the rollback, so a failed upload leaves neither.
 */
@ApplicationScoped
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class);

    @Inject
    ReconsiderationService cases;
    @Inject
    LitigationService lawsuits;
    @Inject
    DocumentStorage storage;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;
    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "fuyi.documents.max-size", defaultValue = "200M")
    MemorySize maxSize;

    /** What the uploader says about the file. */
    public record Metadata(DocumentKind kind, String submittedBy, LocalDate receivedDate, Integer pageCount) {
    }

    /** The uploaded file as the HTTP layer saved it: a temporary file, never the whole content in memory. */
    public record Upload(Path file, String fileName) {
    }

    /** The record a document belongs to, if the user may see it; 404 otherwise. */
    public TrackedRecord<?> owner(DocumentOwner type, long id) {
        return switch (type) {
            case RECONSIDERATION_CASE -> cases.find(id);
            case LAWSUIT -> lawsuits.find(id);
        };
    }

    @Transactional
    public CaseDocument upload(DocumentOwner type, long ownerId, Metadata meta, Upload upload) {
        audit.expect();
        TrackedRecord<?> owner = owner(type, ownerId);
        long size = size(upload.file());
        if (size > maxSize.asLongValue()) {
            throw new ApiException(413, "DOCUMENT_TOO_LARGE", size, maxSize.asLongValue());
        }
        if (size == 0) {
            throw ApiException.unprocessable("DOCUMENT_EMPTY");
        }
        String name = FileNames.sanitise(upload.fileName());
        String contentType;
        try {
            contentType = ContentTypes.detect(upload.file(), FileNames.extension(name)).orElseThrow(
                    () -> new ApiException(415, "DOCUMENT_TYPE_NOT_ALLOWED", name, String.join(", ",
                            new java.util.TreeSet<>(ContentTypes.ALLOWED.keySet()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        MessageDigest sha = sha256();
        String key;
        try (InputStream in = new DigestInputStream(Files.newInputStream(upload.file()), sha)) {
            key = storage.put(in, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        removeOnRollback(key);
        String hash = HexFormat.of().formatHex(sha.digest());

        CaseDocument same = CaseDocument.find("ownerType = ?1 and ownerId = ?2 and sha256 = ?3 and state = ?4", type, ownerId,
                hash, DocumentState.ACTIVE).firstResult();
        if (same != null) {
            throw ApiException.conflict("DOCUMENT_DUPLICATE", same.id, same.fileName).with("documentId", same.id);
        }

        CaseDocument d = new CaseDocument();
        d.ownerType = type;
        d.ownerId = ownerId;
        d.organId = owner.recordOrganId();
        d.respondentId = owner.recordRespondentId();
        d.kind = meta.kind();
        d.fileName = name;
        d.contentType = contentType;
        d.sizeBytes = size;
        d.sha256 = hash;
        d.storageKey = key;
        d.submittedBy = meta.submittedBy();
        d.receivedDate = meta.receivedDate();
        d.pageCount = meta.pageCount();
        d.state = DocumentState.ACTIVE;
        d.uploadedAt = time.now();
        d.uploadedBy = user.username();
        d.persist();
        audit.record(SubjectType.DOCUMENT, d.id, d.organId, "UPLOAD", AuditLog.created(d), null);
        audit.publish("DOCUMENT_UPLOADED", SubjectType.DOCUMENT, d.id, d.organId, d.respondentId, event(d));
        return d;
    }

    /** A document generated by Fuyi from a template, as {@link #store} takes it. */
    public record Generated(DocumentKind kind, String fileName, byte[] content, String generatedKind, String documentNumber,
            int templateVersion, LocalDate date) {
    }

    /**
     * Stores a generated document in the case file like an upload: object first, then the row (the first insert of
     * the caller's transaction, right after the caller drew the document number), the audit record and the event.
     */
    @Transactional
    public CaseDocument store(DocumentOwner type, long ownerId, Generated g) {
        TrackedRecord<?> owner = owner(type, ownerId);
        String hash = HexFormat.of().formatHex(sha256().digest(g.content()));
        String key;
        try (InputStream in = new java.io.ByteArrayInputStream(g.content())) {
            key = storage.put(in, g.content().length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        removeOnRollback(key);
        CaseDocument d = new CaseDocument();
        d.ownerType = type;
        d.ownerId = ownerId;
        d.organId = owner.recordOrganId();
        d.respondentId = owner.recordRespondentId();
        d.kind = g.kind();
        d.fileName = FileNames.sanitise(g.fileName());
        d.contentType = ContentTypes.ALLOWED.get("docx");
        d.sizeBytes = g.content().length;
        d.sha256 = hash;
        d.storageKey = key;
        d.submittedBy = null;
        d.receivedDate = g.date();
        d.state = DocumentState.ACTIVE;
        d.uploadedAt = time.now();
        d.uploadedBy = user.username();
        d.generatedKind = g.generatedKind();
        d.documentNumber = g.documentNumber();
        d.templateVersion = g.templateVersion();
        d.persist();
        audit.record(SubjectType.DOCUMENT, d.id, d.organId, "GENERATE", AuditLog.created(d), null);
        Map<String, Object> event = event(d);
        event.put("generatedKind", d.generatedKind);
        event.put("documentNumber", d.documentNumber);
        audit.publish("DOCUMENT_GENERATED", SubjectType.DOCUMENT, d.id, d.organId, d.respondentId, event);
        return d;
    }

    public CaseDocument find(DocumentOwner type, long ownerId, long docId) {
        owner(type, ownerId);
        CaseDocument d = CaseDocument.findById(docId);
        if (d == null || d.ownerType != type || d.ownerId != ownerId) {
            throw ApiException.notFound("DOCUMENT_NOT_FOUND", docId);
        }
        return d;
    }

    public record Page(List<CaseDocument> items, long total) {
    }

    public Page list(DocumentOwner type, long ownerId, boolean includeWithdrawn, int page, int size) {
        owner(type, ownerId);
        String q = "ownerType = ?1 and ownerId = ?2" + (includeWithdrawn ? "" : " and state = ?3");
        Object[] params = includeWithdrawn ? new Object[] { type, ownerId } : new Object[] { type, ownerId, DocumentState.ACTIVE };
        var query = CaseDocument.<CaseDocument>find(q + " order by id", params);
        return new Page(query.page(page, size).list(), CaseDocument.count(q, params));
    }

    /** The document's content, its reading recorded in the audit trail like a reading of a case's personal data. */
    @Transactional
    public Content open(DocumentOwner type, long ownerId, long docId) {
        CaseDocument d = find(type, ownerId, docId);
        if (!storage.exists(d.storageKey)) {
            // the row outlived its object (the orphan check lists it): the content is not there to serve, which the
            // client learns as a 404 with its own code rather than an unexplained server error
            LOG.errorf("Document %d has no stored object %s", d.id, d.storageKey);
            throw ApiException.notFound("DOCUMENT_CONTENT_MISSING", d.id);
        }
        audit.record(SubjectType.DOCUMENT, d.id, d.organId, "READ_PERSONAL_DATA", Map.of("sha256", d.sha256), null);
        return new Content(d, () -> storage.open(d.storageKey));
    }

    /** A document and a way to open its content once the transaction is over. */
    public record Content(CaseDocument document, Opener opener) {
    }

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    @Transactional
    public CaseDocument withdraw(DocumentOwner type, long ownerId, long docId, String reason) {
        audit.expect();
        CaseDocument d = find(type, ownerId, docId);
        if (d.state == DocumentState.WITHDRAWN) {
            throw ApiException.conflict("DOCUMENT_ALREADY_WITHDRAWN", d.id, d.withdrawnAt);
        }
        var before = AuditLog.snapshot(d);
        d.state = DocumentState.WITHDRAWN;
        d.withdrawnAt = time.now();
        d.withdrawnBy = user.username();
        d.withdrawalReason = reason;
        Map<String, Object> changes = AuditLog.diff(before, AuditLog.snapshot(d));
        changes.put("sha256", d.sha256);
        audit.record(SubjectType.DOCUMENT, d.id, d.organId, "WITHDRAW", changes, reason);
        audit.publish("DOCUMENT_WITHDRAWN", SubjectType.DOCUMENT, d.id, d.organId, d.respondentId, event(d));
        return d;
    }

    /** Rows whose object is missing, and objects older than {@code minAge} that no row names. */
    public OrphanReport orphans(Duration minAge) {
        List<OrphanReport.MissingObject> missing = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        long rows = 0;
        int page = 0;
        while (true) {
            List<CaseDocument> batch = CaseDocument.<CaseDocument>findAll(io.quarkus.panache.common.Sort.by("id"))
                    .page(page++, 500).list();
            for (CaseDocument d : batch) {
                rows++;
                keys.add(d.storageKey);
                if (!storage.exists(d.storageKey)) {
                    missing.add(new OrphanReport.MissingObject(d.id, d.ownerType.name(), d.ownerId, d.storageKey));
                }
            }
            if (batch.size() < 500) {
                break;
            }
        }
        // the files uploaded for ledger imports are kept in the same storage, each named by its import job
        for (Object key : CaseDocument.getEntityManager().createNativeQuery("SELECT storage_key FROM import_job WHERE storage_key IS NOT NULL").getResultList()) {
            keys.add(key.toString());
        }
        List<OrphanReport.StrayObject> stray = new ArrayList<>();
        long[] objects = { 0 };
        Instant cutoff = time.now().minus(minAge);
        try {
            storage.list(o -> {
                objects[0]++;
                if (!keys.contains(o.key()) && (o.lastModified() == null || !o.lastModified().isAfter(cutoff))) {
                    stray.add(new OrphanReport.StrayObject(o.key(), o.lastModified()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OrphanReport(storage.kind(), rows, objects[0], missing, stray);
    }

    private void removeOnRollback(String key) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        storage.delete(key);
                    } catch (IOException | RuntimeException e) {
                        LOG.errorf(e, "Could not remove the object %s of a failed upload; the orphan check will report it", key);
                    }
                }
            }
        });
    }

    private static Map<String, Object> event(CaseDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ownerType", d.ownerType.name());
        m.put("ownerId", d.ownerId);
        m.put("kind", d.kind.name());
        m.put("state", d.state.name());
        m.put("sha256", d.sha256);
        return m;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
