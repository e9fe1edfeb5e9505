"""Machine translation: engines (Argos packages through CTranslate2, Apertium), routes, pipeline.

Importing this package loads neither CTranslate2 models nor torch; engines load models lazily.
"""
