package cn.fuyi.common;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total so a client can page through it. */
public record PageResult<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Page index, starting at 0") int page,
        @Schema(description = "Page size") int size,
        @Schema(description = "Number of items matching the query over all pages") long totalItems,
        @Schema(description = "Number of pages") int totalPages) {

    public static <T> PageResult<T> of(List<T> items, PageRequest request, long total) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new PageResult<>(items, request.page(), request.size(), total, pages);
    }

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), page, size, totalItems, totalPages);
    }
}
