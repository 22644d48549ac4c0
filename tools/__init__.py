"""Data model, validation and calculators of the Verwijzershandboek Jeugdhulp Noord-Limburg.

Standard library only, so the same code runs under pytest and in the browser (Pyodide). The one exception is
reading YAML from disk (tools.laden), which imports PyYAML lazily; the browser gets the data as JSON instead.
"""
