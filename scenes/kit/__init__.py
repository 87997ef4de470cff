"""What every scene shares: the theme, the base scene, shared mobjects and the layout lint."""
