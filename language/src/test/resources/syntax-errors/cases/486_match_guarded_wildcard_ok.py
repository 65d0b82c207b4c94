match x:
    case 1:
        pass
    case _ if y:
        pass
    case 2:
        pass
