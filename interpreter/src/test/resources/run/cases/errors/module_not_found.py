# ModuleNotFoundError for a missing module.
import sys
print("importing")
import heapscope_no_such_module
