package dev.heapscope.cli;

import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.parser.SourceDecoder;
import dev.heapscope.language.parser.SourceParser;
import dev.heapscope.language.symtable.SymbolTable;
import dev.heapscope.language.symtable.SymbolTablePrinter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

@Command(name = "symtable", mixinStandardHelpOptions = true,
        description = "Print every scope and symbol of the file as CPython's symtable module sees them.")
final class SymtableCommand extends FileCommand {
    @Override
    int process(byte[] source, String filename) throws PythonSyntaxError {
        // The oracle decodes the bytes as strict UTF-8 and hands symtable a str, for which
        // CPython ignores any coding cookie and keeps a byte order mark as U+FEFF.
        String undecodable = SourceDecoder.strictUtf8Error(source);
        if (undecodable != null) {
            err.println("UnicodeDecodeError: " + undecodable);
            return 1;
        }
        String text = new String(source, StandardCharsets.UTF_8);
        SymbolTable table = SymbolTable.build(SourceParser.parse(text, filename), filename, text);
        out.print(SymbolTablePrinter.print(table.module()));
        return 0;
    }
}
