package cn.fuyi.ledger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows the checking pass of a job found valid, with their cells as read, kept in a temporary file beside the
 * job's upload so that the later passes stream them back instead of parsing the spreadsheet again (XLSX parsing is
 * the dearest part of reading). Memory stays bounded: the file is written and read through small buffers. Each row
 * is its number, its cell count, then each cell as -1 (empty) or its UTF-8 length and bytes. Deleted by
 * {@link #close()}.
 */
final class RowSpool implements AutoCloseable {

    private final Path file;
    private DataOutputStream out;
    private int rows;

    private RowSpool(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /**
     * A new, empty spool in {@code dir}. The job's spools left there by an earlier attempt (an instance that died while
     * it ran the job; the attempt running now holds the job's lease) are deleted first.
     */
    static RowSpool create(Path dir, long jobId) throws IOException {
        Files.createDirectories(dir);
        try (var left = Files.newDirectoryStream(dir, "job-" + jobId + "-*.rows")) {
            for (Path old : left) {
                Files.deleteIfExists(old);
            }
        }
        return new RowSpool(Files.createTempFile(dir, "job-" + jobId + "-", ".rows"));
    }

    /** Appends a row; only while writing, before the first {@link #read}. */
    void add(long rowNo, List<String> cells) {
        try {
            out.writeLong(rowNo);
            out.writeInt(cells.size());
            for (String cell : cells) {
                if (cell == null) {
                    out.writeInt(-1);
                } else {
                    byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            }
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int rows() {
        return rows;
    }

    /** Streams every row back in the order added; may be called more than once. Stops when the sink returns false. */
    void read(LedgerReader.RowSink sink) throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (int i = 0; i < rows; i++) {
                long rowNo = in.readLong();
                int n = in.readInt();
                List<String> cells = new ArrayList<>(n);
                for (int c = 0; c < n; c++) {
                    int len = in.readInt();
                    if (len < 0) {
                        cells.add(null);
                    } else {
                        byte[] bytes = new byte[len];
                        in.readFully(bytes);
                        cells.add(new String(bytes, StandardCharsets.UTF_8));
                    }
                }
                if (!sink.row(rowNo, cells)) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } catch (IOException e) {
            // deleted below all the same
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
