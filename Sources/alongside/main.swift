print("alongside")
