package dev.heapscope.cli;

import dev.heapscope.language.ast.AstDump;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.parser.SourceParser;
import picocli.CommandLine.Command;

@Command(name = "ast", mixinStandardHelpOptions = true,
        description = "Print the file's AST as CPython's ast.dump(ast.parse(src), include_attributes=True) does.")
final class AstCommand extends FileCommand {
    @Override
    int process(byte[] source, String filename) throws PythonSyntaxError {
        out.println(AstDump.dump(SourceParser.parse(source, filename)));
        return 0;
    }
}
