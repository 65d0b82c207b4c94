class C((yield)):
    pass
