package dev.heapscope.cli;

import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.parser.SourceDecoder;
import dev.heapscope.language.parser.SourceParser;
import dev.heapscope.language.symtable.SymbolTable;
import dev.heapscope.language.symtable.SymbolTablePrinter;
import picocli.CommandLine.Command;

@Command(name = "symtable", mixinStandardHelpOptions = true,
        description = "Print every scope and symbol of the file as CPython's symtable module sees them.")
final class SymtableCommand extends FileCommand {
    @Override
    int process(byte[] source, String filename) throws PythonSyntaxError {
        String text = SourceDecoder.decode(source, filename);
        SymbolTable table = SymbolTable.build(SourceParser.parse(text, filename), filename, text);
        out.print(SymbolTablePrinter.print(table.module()));
        return 0;
    }
}
