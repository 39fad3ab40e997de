package cn.fuyi.ledger;

import java.util.List;
import java.util.Locale;

import cn.fuyi.common.Messages;

/**
 * What is wrong with a row of an imported ledger: the row as the spreadsheet numbers it, the column's header (null
 * for the row as a whole), a message code of the {@code ledger.} bundle keys and its arguments. A rule of the case
 * engine refusing a step is {@code LEDGER_RULE} with the engine's own code and arguments after the row and column;
 * a field of a service's request refused is {@code LEDGER_FIELD_RULE} with the field's code and arguments.
 */
public record RowError(long row, String column, String code, List<String> args) {

    public String message(Locale locale) {
        if ("LEDGER_RULE".equals(code) && args.size() >= 3) {
            Object[] engineArgs = args.subList(3, args.size()).toArray();
            String detail = Messages.get(locale, args.get(2) + ".detail", engineArgs);
            return Messages.get(locale, "ledger.LEDGER_RULE", args.get(0), args.get(1), detail);
        }
        if ("LEDGER_FIELD_RULE".equals(code) && args.size() >= 3) {
            // a field of the request body the service refused: the field's message (field.CODE) after the row and column
            Object[] fieldArgs = args.subList(3, args.size()).toArray();
            String detail = Messages.get(locale, "field." + args.get(2), fieldArgs);
            return Messages.get(locale, "ledger.LEDGER_RULE", args.get(0), args.get(1), detail);
        }
        return Messages.get(locale, "ledger." + code, args.toArray());
    }
}
