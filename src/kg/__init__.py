"""edukg: knowledge graphs from Chinese education work reports.

The pipeline, one stage a module: read → segment → recognise → resolve → relate →
graph, then query / export / serve. ``kg.pipeline.process_file`` runs it for one file.
"""
__version__ = "0.1.0"
