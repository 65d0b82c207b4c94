x[(yield)]: int
