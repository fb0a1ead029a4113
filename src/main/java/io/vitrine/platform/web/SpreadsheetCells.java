package io.vitrine.platform.web;

import java.util.regex.Pattern;

/**
 * Cells of a CSV or spreadsheet export, made safe to open: a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be read as a formula by a spreadsheet (a seller's product name
 * {@code =HYPERLINK(...)} or {@code @SUM(...)} runs when the file is opened), so it gets a leading {@code '} as
 * OWASP's CSV injection advice says. A plain number ({@code -12}, {@code -3.5%}) is left alone: it is no formula.
 */
public final class SpreadsheetCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)*%?");

    private SpreadsheetCells() {
    }

    public static String neutralise(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
