package cn.fuyi.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.fuyi.statistics.api.StatisticsViews.BreakdownRow;

/** Rows with equal counts come in the same order in two organs whatever ids their respondents got. */
class BreakdownOrderTest {

    @Test
    void idsAtTheEndOfKeysCompareAsNumbers() {
        List<String> keys = new ArrayList<>(List.of("respondent:100", "respondent:98", "organ:7", "respondent:099", "", "respondent:9"));
        keys.sort(BreakdownLabels::compareKeys);
        assertEquals(List.of("", "organ:7", "respondent:9", "respondent:98", "respondent:099", "respondent:100"), keys);
    }

    @Test
    void tiesFollowTheLabelBeforeTheKey() {
        List<BreakdownRow> a = new ArrayList<>(List.of(row("100", "太仓市公安局"), row("98", "沙溪镇人民政府"), row("99", "城厢镇人民政府")));
        List<BreakdownRow> b = new ArrayList<>(List.of(row("7", "沙溪镇人民政府"), row("8", "城厢镇人民政府"), row("9", "太仓市公安局")));
        a.sort(BreakdownLabels.TIE);
        b.sort(BreakdownLabels.TIE);
        assertEquals(a.stream().map(BreakdownRow::label).toList(), b.stream().map(BreakdownRow::label).toList());
        assertEquals("99", a.get(0).key());
    }

    private static BreakdownRow row(String key, String label) {
        return new BreakdownRow(key, label, Map.of(), List.of());
    }
}
