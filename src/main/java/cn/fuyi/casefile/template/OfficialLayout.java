package cn.fuyi.casefile.template;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The page and type of official documents as GB/T 9704-2012 sets them: A4, margins top 37 mm, bottom 35 mm, left
 * 28 mm, right 26 mm; the body in 仿宋_GB2312 三号 (16 pt), titles in 黑体. The built-in templates are made with it.
 */
public final class OfficialLayout {

    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String TITLE_FONT = "黑体";
    /** 三号. */
    public static final int BODY_POINTS = 16;
    /** 二号. */
    public static final int TITLE_POINTS = 22;

    /** A4 in twentieths of a point. */
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int TOP = twips(37);
    public static final int BOTTOM = twips(35);
    public static final int LEFT = twips(28);
    public static final int RIGHT = twips(26);

    private OfficialLayout() {
    }

    /** Millimetres in twentieths of a point, rounded. */
    public static int twips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    /** Sets A4 and the official margins on the document's last (here: only) section. */
    public static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(TOP));
        mar.setBottom(BigInteger.valueOf(BOTTOM));
        mar.setLeft(BigInteger.valueOf(LEFT));
        mar.setRight(BigInteger.valueOf(RIGHT));
        mar.setHeader(BigInteger.valueOf(twips(15)));
        mar.setFooter(BigInteger.valueOf(twips(28)));
        mar.setGutter(BigInteger.ZERO);
    }

    /** One font for every script of the run, so Chinese and Latin text (numbers, 〔2026〕) look alike. */
    public static void font(XWPFRun run, String family, int points) {
        run.setFontFamily(family, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(family, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(family, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(family, XWPFRun.FontCharRange.cs);
        run.setFontSize(points);
    }
}
