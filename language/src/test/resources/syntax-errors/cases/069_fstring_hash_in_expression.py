x = f'{y # no}'
