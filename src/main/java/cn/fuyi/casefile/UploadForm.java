package cn.fuyi.casefile;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart/form-data body of an upload, as the OpenAPI document describes it. */
@Schema(name = "DocumentUpload", requiredProperties = { "file", "kind" })
public class UploadForm {
    @Schema(type = SchemaType.STRING, format = "binary", description = "The file: pdf, jpg, png, tif, docx, doc, xlsx, xls, ofd or txt")
    public String file;
    @Schema(description = "Code of the list DOCUMENT_KIND, e.g. APPLICATION, EVIDENCE, REPLY")
    public String kind;
    @Schema(description = "Who submitted the document (applicant, respondent, court …)", maxLength = 100)
    public String submittedBy;
    @Schema(type = SchemaType.STRING, format = "date", description = "The date the organ received it")
    public String receivedDate;
    @Schema(type = SchemaType.INTEGER, minimum = "1", description = "Number of pages")
    public String pageCount;
}
