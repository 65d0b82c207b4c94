match x:
    case [a]:
        break
