package io.vitrine.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetCellsTest {

    @Test
    void cellsAFormulaCouldStartWithGetALeadingQuote() {
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", SpreadsheetCells.neutralise("=HYPERLINK(\"http://evil\",\"x\")"));
        assertEquals("'+cmd|' /C calc'!A0", SpreadsheetCells.neutralise("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", SpreadsheetCells.neutralise("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(1+1)*cmd", SpreadsheetCells.neutralise("@SUM(1+1)*cmd"));
        assertEquals("'\t=1+1", SpreadsheetCells.neutralise("\t=1+1"));
        assertEquals("'\r=1+1", SpreadsheetCells.neutralise("\r=1+1"));
    }

    @Test
    void ordinaryTextAndPlainNumbersAreUnchanged() {
        assertEquals("Blue shirt (p-12)", SpreadsheetCells.neutralise("Blue shirt (p-12)"));
        assertEquals("-12", SpreadsheetCells.neutralise("-12"));
        assertEquals("-3.5%", SpreadsheetCells.neutralise("-3.5%"));
        assertEquals("-1,234.50", SpreadsheetCells.neutralise("-1,234.50"));
        assertEquals("42", SpreadsheetCells.neutralise(42));
        assertEquals("", SpreadsheetCells.neutralise(null));
        assertEquals("", SpreadsheetCells.neutralise(""));
    }
}
