x = f'{y!z}'
