match x:
    case (a | [a]) if a:
        pass
    case 1:
        pass
