match x  # c
    case 1: pass
