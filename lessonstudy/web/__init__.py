"""The observation page served to observers' phones during an open class (Qt-free).

``access`` (join secret, code, sessions, rate limits), ``desk`` (the checks
every request passes), ``app`` (the Starlette routes), ``views`` (JSON
shapes), ``page`` (the shipped HTML/CSS/JS) and ``server`` (uvicorn in a
background thread, started only on demand).
"""
