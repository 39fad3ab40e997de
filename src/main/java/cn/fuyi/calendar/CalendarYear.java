package cn.fuyi.calendar;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A year of the working-day calendar: whether its State Council notice is published, and who last loaded it. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends PanacheEntityBase {

    @Id
    public Integer year;
    public boolean published;
    /** The notice URLs, separated by spaces. */
    @Column(name = "notice_urls")
    public String noticeUrls;
    @Enumerated(EnumType.STRING)
    public CalendarSource source;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<String> noticeUrlList() {
        return noticeUrls == null || noticeUrls.isBlank() ? List.of() : Arrays.asList(noticeUrls.strip().split("\\s+"));
    }

    public static List<CalendarYear> allByYear() {
        return listAll(Sort.by("year"));
    }
}
