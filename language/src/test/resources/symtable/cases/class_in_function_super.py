def f():
    class C(Base):
        def g(self):
            super().g()
    return C
