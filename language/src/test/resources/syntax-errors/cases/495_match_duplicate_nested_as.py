match x:
    case ([a] as b) | ([b] as a):
        pass
    case (c as d) as c:
        pass
