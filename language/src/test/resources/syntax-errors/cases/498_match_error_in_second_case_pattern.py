match x:
    case 1:
        break
    case y:
        pass
    case 2:
        pass
