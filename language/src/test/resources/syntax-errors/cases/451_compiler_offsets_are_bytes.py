s = 'ééé'; break
