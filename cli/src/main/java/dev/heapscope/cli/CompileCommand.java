package dev.heapscope.cli;

import dev.heapscope.language.compile.CompileCheck;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.parser.SourceParser;
import picocli.CommandLine.Command;

@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Print 'ok', or the SyntaxError that CPython's compile() raises for the file.")
final class CompileCommand extends FileCommand {
    @Override
    int process(byte[] source, String filename) {
        PythonSyntaxError error;
        try {
            error = CompileCheck.checkTree(SourceParser.parse(source, filename), source, filename);
        } catch (PythonSyntaxError parseError) {
            error = parseError;
        }
        out.println(error == null ? "ok" : error.oracleLine());
        return 0;
    }
}
