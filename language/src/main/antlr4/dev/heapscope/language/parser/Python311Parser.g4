/*
 * Python 3.11 syntax, written from "Full Grammar specification" and the chapters on
 * statements and expressions of the Python language reference.
 *
 * The grammar is deliberately a little more permissive than Python where that keeps the
 * decisions LL(1): assignment targets are parsed as expressions, parameters as a flat list,
 * dict and set displays with one item rule. AstBuilder applies the remaining rules and
 * raises CPython's messages for what they reject. The soft keywords match and case arrive
 * as MATCH and CASE tokens only where TokenPass found a match statement around them;
 * everywhere else they are NAMEs, and so is the wildcard _.
 */
parser grammar Python311Parser;

options {
    tokenVocab = Python311Lexer;
    contextSuperClass = TreeContext;
}

@members {
/**
 * Given each statement as soon as it is parsed, while its subtree is still in the cache;
 * the AST builder turns it into AST nodes there. Null when nothing is to be built.
 */
java.util.function.Consumer<StmtContext> statementParsed;

/** The lexer's tokens are their own parse-tree leaves: no terminal node is made per token. */
@Override
public org.antlr.v4.runtime.tree.TerminalNode createTerminalNode(ParserRuleContext parent, Token t) {
    return t instanceof PyToken leaf ? leaf : super.createTerminalNode(parent, t);
}
}

file_input
    : stmt* EOF
    ;

// The expression of an f-string replacement field; the lexer starts inside brackets.
fstring_input
    : ( yield_expr | star_expressions ) EOF
    ;

// built: the statement's AST nodes once the builder has made them (see statementParsed).
stmt
    locals [java.util.List<dev.heapscope.language.ast.Stmt> built]
    @after { if (statementParsed != null) statementParsed.accept($ctx); }
    : compound_stmt
    | simple_stmts
    ;

simple_stmts
    : simple_stmt ( ';' simple_stmt )* ';'? NEWLINE
    ;

simple_stmt
    : expr_stmt
    | return_stmt
    | import_stmt
    | raise_stmt
    | pass_stmt
    | del_stmt
    | yield_stmt
    | assert_stmt
    | break_stmt
    | continue_stmt
    | global_stmt
    | nonlocal_stmt
    ;

// Expression statements and every kind of assignment.
expr_stmt
    : star_expressions
      ( annotation
      | augassign ( yield_expr | star_expressions )
      | ( '=' ( yield_expr | star_expressions ) )*
      )
    ;

annotation
    : ':' test ( '=' ( yield_expr | star_expressions ) )?
    ;

augassign
    : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
    ;

return_stmt : 'return' star_expressions? ;
raise_stmt : 'raise' ( test ( 'from' test )? )? ;
pass_stmt : 'pass' ;
break_stmt : 'break' ;
continue_stmt : 'continue' ;
del_stmt : 'del' target_list ;
yield_stmt : yield_expr ;
assert_stmt : 'assert' test ( ',' test )? ;
global_stmt : 'global' NAME ( ',' NAME )* ;
nonlocal_stmt : 'nonlocal' NAME ( ',' NAME )* ;

import_stmt
    : import_name
    | import_from
    ;

import_name
    : 'import' dotted_as_name ( ',' dotted_as_name )*
    ;

import_from
    : 'from' ( import_dots* dotted_name | import_dots+ )
      'import' ( '*' | '(' import_as_names ','? ')' | import_as_names trailing=','? )
    ;

import_dots : '.' | '...' ;
import_as_name : NAME ( 'as' NAME )? ;
dotted_as_name : dotted_name ( 'as' NAME )? ;
import_as_names : import_as_name ( ',' import_as_name )* ;
dotted_name : NAME ( '.' NAME )* ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    | match_stmt
    ;

block
    : simple_stmts
    | NEWLINE INDENT stmt+ DEDENT
    ;

if_stmt : 'if' named_expression ':' block elif_clause* else_block? ;
elif_clause : 'elif' named_expression ':' block ;
else_block : 'else' ':' block ;
while_stmt : 'while' named_expression ':' block else_block? ;
for_stmt : 'for' target_list 'in' star_expressions ':' block else_block? ;

try_stmt
    : 'try' ':' block
      ( except_block+ else_block? finally_block?
      | finally_block
      )
    ;

except_block : 'except' star='*'? ( test ( ',' test )* ( 'as' NAME )? )? ':' block ;
finally_block : 'finally' ':' block ;

with_stmt
    : 'with' '(' with_item ( ',' with_item )* ','? ')' ':' block
    | 'with' with_item ( ',' with_item )* ':' block
    ;

with_item : test ( 'as' target )? ;

funcdef : 'def' NAME '(' parameters? ')' ( '->' test )? ':' block ;
classdef : 'class' NAME ( '(' arglist? ')' )? ':' block ;
decorated : decorator+ ( classdef | funcdef | async_funcdef ) ;
decorator : '@' named_expression NEWLINE ;
async_funcdef : 'async' funcdef ;
async_stmt : 'async' ( funcdef | with_stmt | for_stmt ) ;

// Parameters of def: order and defaults are checked by the builder.
parameters : parameter ( ',' parameter )* ','? ;
parameter
    : '/'
    | '*' ( NAME ( ':' ( test | star_expr ) )? )?
    | '**' NAME ( ':' test )?
    | NAME ( ':' test )? ( '=' test )?
    ;

// Parameters of lambda: the same without annotations.
lambda_parameters : lambda_parameter ( ',' lambda_parameter )* ','? ;
lambda_parameter
    : '/'
    | '*' NAME?
    | '**' NAME
    | NAME ( '=' test )?
    ;

// ---- match statement (soft keywords) ----------------------------------------------------

match_stmt
    : MATCH star_named_expressions ':' NEWLINE INDENT case_block+ DEDENT
    ;

case_block
    : CASE patterns ( 'if' named_expression )? ':' block
    ;

patterns : star_pattern ( ',' star_pattern )* ','? ;
star_pattern : '*' NAME | pattern ;
pattern : or_pattern ( 'as' NAME )? ;
or_pattern : closed_pattern ( '|' closed_pattern )* ;

closed_pattern
    : signed_number ( ( '+' | '-' ) NUMBER )?                # literalNumberPattern
    | STRING+                                               # literalStringPattern
    | ( 'None' | 'True' | 'False' )                         # singletonPattern
    | NAME ( '.' NAME )* ( '(' class_pattern_args? ')' )?   # namePattern
    | '(' patterns? ')'                                     # groupPattern
    | '[' patterns? ']'                                     # listPattern
    | '{' mapping_items? '}'                                # mappingPattern
    ;

signed_number : '-'? NUMBER ;

class_pattern_args : class_pattern_arg ( ',' class_pattern_arg )* ','? ;
class_pattern_arg : ( NAME '=' )? pattern ;

mapping_items : mapping_item ( ',' mapping_item )* ','? ;
mapping_item
    : '**' NAME
    | mapping_key ':' pattern
    ;
mapping_key
    : signed_number ( ( '+' | '-' ) NUMBER )?
    | STRING+
    | 'None' | 'True' | 'False'
    | NAME ( '.' NAME )+
    ;

// ---- expressions, loosest binding first --------------------------------------------------

// Expression lists with optional starred items; one item without a comma is not a tuple.
// An item is not a rule of its own, which would make a context for every expression
// statement's expression.
star_expressions : ( star_expr | test ) ( ',' ( star_expr | test ) )* ','? ;
star_expr : '*' bitwise_or ;

star_named_expressions : star_named_expression ( ',' star_named_expression )* ','? ;
star_named_expression : star_expr | named_expression ;

// Targets of for, del and comprehensions: bitwise-or expressions, checked by the builder.
target_list : target ( ',' target )* ','? ;
target : star_expr | bitwise_or ;

named_expression : test ( ':=' test )? ;

test
    : disjunction ( 'if' disjunction 'else' test )?
    | lambdef
    ;

lambdef : 'lambda' lambda_parameters? ':' test ;

// Boolean operators, 'not' and comparisons, tightest first. One left-recursive rule rather
// than a rule per level: a bare operand costs one context here instead of five. The tree
// nests chains to the left ('a or b or c' is an or over an or); the builder flattens them
// into one BoolOp or Compare, as a parenthesised operand is an atom and never nests so.
// A comparison's right operand is a bitwise_or, so 'not' cannot follow an operator there.
// The alternatives of this rule and of bitwise_or carry no labels: a label makes
// ANTLR create a second context for every operand, and the builder tells the alternatives
// apart by their first children as cheaply.
disjunction
    : disjunction comp_op bitwise_or
    | 'not' disjunction
    | disjunction 'and' disjunction
    | disjunction 'or' disjunction
    | bitwise_or
    ;

comp_op
    : '<' | '>' | '==' | '>=' | '<=' | '!='
    | 'in' | 'not' 'in' | 'is' 'not'?
    ;

// Arithmetic and bitwise operators, tightest first, in one left-recursive rule for the
// same reason. '**' binds tighter than a unary operator on its left ('-x ** y' is
// -(x ** y)) and looser on its right ('x ** -y'), which is what the precedence climbing
// of the prefix alternative gives: its operand takes '**' and nothing looser.
bitwise_or
    : <assoc=right> bitwise_or '**' bitwise_or
    | ( '+' | '-' | '~' ) bitwise_or
    | bitwise_or ( '*' | '@' | '/' | '%' | '//' ) bitwise_or
    | bitwise_or ( '+' | '-' ) bitwise_or
    | bitwise_or ( '<<' | '>>' ) bitwise_or
    | bitwise_or '&' bitwise_or
    | bitwise_or '^' bitwise_or
    | bitwise_or '|' bitwise_or
    | 'await'?
      // The atom, written out here rather than called as a rule: every operand is an atom,
      // and a rule of its own would make a context for each, a seventh of all contexts.
      // The builder reads it from the children before the first trailer; its last child
      // is always a token.
      ( '(' ( yield_expr | testlist_comp )? ')'
      | '[' testlist_comp? ']'
      | '{' dict_or_set? '}'
      | NAME
      | NUMBER
      | STRING+
      | '...'
      | 'None'
      | 'True'
      | 'False'
      )
      trailer*
    ;

trailer
    : '(' arglist? ')'
    | '[' subscripts ']'
    | '.' NAME
    ;

testlist_comp
    : star_named_expression ( comp_for | ( ',' star_named_expression )* ','? )
    ;

dict_or_set
    : dict_or_set_item ( comp_for | ( ',' dict_or_set_item )* ','? )
    ;

dict_or_set_item
    : named_expression ( ':' test )?
    | '**' bitwise_or
    | star_expr
    ;

subscripts : subscript ( ',' subscript )* ','? ;
subscript
    : named_expression slice_tail?
    | slice_tail
    | star_expr
    ;
slice_tail : ':' test? slice_step? ;
slice_step : ':' test? ;

arglist : argument ( ',' argument )* ','? ;
argument
    : NAME '=' test
    // named_expression written out: a rule would make a context for every argument.
    | test ( ':=' test )? comp_for?
    | '*' test
    | '**' test
    ;

comp_for : comp_clause+ ;
comp_clause : 'async'? 'for' target_list 'in' disjunction ( 'if' disjunction )* ;

yield_expr
    : 'yield' ( 'from' test | star_expressions )?
    ;
