package cn.fuyi.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a document is withdrawn from the file. */
public record Withdrawal(@NotBlank @Size(max = 500) String reason) {
}
