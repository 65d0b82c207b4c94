   	  print("é" + )
