"""Commands built on the engine: import, export, suggest, stats, usage and reach."""
