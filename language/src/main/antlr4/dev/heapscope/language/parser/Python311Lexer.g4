/*
 * Python 3.11 tokens, written from "Lexical analysis" in the Python language reference.
 *
 * This grammar only recognises the shapes of tokens. PythonLexerBase (the superclass)
 * turns line structure into NEWLINE/INDENT/DEDENT, tracks brackets, and converts the
 * error tokens below into CPython's exact SyntaxErrors. The source reaching this lexer has
 * had its line endings normalised to '\n'.
 */
lexer grammar Python311Lexer;

options { superClass = PythonLexerBase; }

// INDENT and DEDENT come from the superclass; MATCH and CASE are NAMEs retyped by
// TokenPass where they begin a match statement or one of its case blocks.
tokens { INDENT, DEDENT, MATCH, CASE }

// A whole string literal, prefix and quotes included; f-strings too. The body is decoded
// later (literals package), so only the extent matters here.
STRING
    : STRING_PREFIX? ( LONG_STRING | SHORT_STRING )
    ;

// A short string that reaches the end of its line without the closing quote. It is one
// character shorter than the terminated form, so a terminated STRING always wins.
UNTERMINATED_STRING
    : STRING_PREFIX? ( '\'' SHORT_SINGLE_BODY* | '"' SHORT_DOUBLE_BODY* )
    ;

// Keywords: listed before NAME so that an equal-length match is a keyword.
FALSE : 'False';
NONE : 'None';
TRUE : 'True';
AND : 'and';
AS : 'as';
ASSERT : 'assert';
ASYNC : 'async';
AWAIT : 'await';
BREAK : 'break';
CLASS : 'class';
CONTINUE : 'continue';
DEF : 'def';
DEL : 'del';
ELIF : 'elif';
ELSE : 'else';
EXCEPT : 'except';
FINALLY : 'finally';
FOR : 'for';
FROM : 'from';
GLOBAL : 'global';
IF : 'if';
IMPORT : 'import';
IN : 'in';
IS : 'is';
LAMBDA : 'lambda';
NONLOCAL : 'nonlocal';
NOT : 'not';
OR : 'or';
PASS : 'pass';
RAISE : 'raise';
RETURN : 'return';
TRY : 'try';
WHILE : 'while';
WITH : 'with';
YIELD : 'yield';

// Numbers as the reference defines them. What may not follow a number (a letter, a stray
// digit of the wrong base, a trailing underscore) is checked by the superclass.
NUMBER
    : DEC_INTEGER
    | '0' [xX] ( '_'? HEX_DIGIT )+
    | '0' [oO] ( '_'? [0-7] )+
    | '0' [bB] ( '_'? [01] )+
    | FLOAT_NUMBER
    | ( FLOAT_NUMBER | DIGIT_PART ) [jJ]
    ;

// Any run of identifier-like characters. The tokenizer, like CPython's, accepts every
// non-ASCII character here; the superclass then checks the NFKC form against XID_Start and
// XID_Continue and reports CPython's "invalid character" errors.
NAME
    : NAME_START NAME_CONTINUE*
    ;

// Line structure. NEWLINE inside brackets and on blank lines is dropped by the superclass.
NEWLINE : '\n';

SKIPPED
    : ( [ \t\f]+ | '#' ~'\n'* | '\\' '\n' ) -> skip
    ;

// Operators and delimiters; longer ones first only for readability, ANTLR takes the
// longest match.
ELLIPSIS : '...';
DOT : '.';
STAR_STAR_ASSIGN : '**=';
SLASH_SLASH_ASSIGN : '//=';
LEFT_SHIFT_ASSIGN : '<<=';
RIGHT_SHIFT_ASSIGN : '>>=';
STAR_STAR : '**';
SLASH_SLASH : '//';
LEFT_SHIFT : '<<';
RIGHT_SHIFT : '>>';
ADD_ASSIGN : '+=';
SUB_ASSIGN : '-=';
MULT_ASSIGN : '*=';
AT_ASSIGN : '@=';
DIV_ASSIGN : '/=';
MOD_ASSIGN : '%=';
AND_ASSIGN : '&=';
OR_ASSIGN : '|=';
XOR_ASSIGN : '^=';
ARROW : '->';
COLON_ASSIGN : ':=';
EQUALS : '==';
NOT_EQUAL : '!=';
LESS_EQUAL : '<=';
GREATER_EQUAL : '>=';
LESS : '<';
GREATER : '>';
ASSIGN : '=';
PLUS : '+';
MINUS : '-';
STAR : '*';
SLASH : '/';
PERCENT : '%';
AMPERSAND : '&';
PIPE : '|';
CARET : '^';
TILDE : '~';
AT : '@';
COLON : ':';
SEMICOLON : ';';
COMMA : ',';
OPEN_PAREN : '(';
CLOSE_PAREN : ')';
OPEN_BRACKET : '[';
CLOSE_BRACKET : ']';
OPEN_BRACE : '{';
CLOSE_BRACE : '}';

// Anything else: '$', '?', '!', a backslash not ending its line, control characters.
ERROR_CHAR : . ;

fragment STRING_PREFIX
    : [rRuUbBfF]
    | [bB] [rR]
    | [rR] [bB]
    | [fF] [rR]
    | [rR] [fF]
    ;

fragment SHORT_STRING
    : '\'' SHORT_SINGLE_BODY* '\''
    | '"' SHORT_DOUBLE_BODY* '"'
    ;

fragment SHORT_SINGLE_BODY : '\\' . | ~[\\\n'] ;
fragment SHORT_DOUBLE_BODY : '\\' . | ~[\\\n"] ;

fragment LONG_STRING
    : '\'\'\'' ( '\\' . | ~'\\' )*? '\'\'\''
    | '"""' ( '\\' . | ~'\\' )*? '"""'
    ;

fragment DEC_INTEGER
    : [1-9] ( '_'? DIGIT )*
    | '0'+ ( '_'? '0' )*
    ;

fragment FLOAT_NUMBER
    : POINT_FLOAT
    | DIGIT_PART EXPONENT
    ;

fragment POINT_FLOAT
    : DIGIT_PART? '.' DIGIT_PART EXPONENT?
    | DIGIT_PART '.' EXPONENT?
    ;

fragment EXPONENT : [eE] [+-]? DIGIT_PART ;
fragment DIGIT_PART : DIGIT ( '_'? DIGIT )* ;
fragment DIGIT : [0-9] ;
fragment HEX_DIGIT : [0-9a-fA-F] ;

fragment NAME_START : [a-zA-Z_] | [\u0080-\u{10FFFF}] ;
fragment NAME_CONTINUE : NAME_START | [0-9] ;
