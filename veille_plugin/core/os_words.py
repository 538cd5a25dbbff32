"""The system's errors in French words.

``OSError.strerror`` is the C library's English text («Permission denied», «File name too long»): Python does not
load the system's message catalogue. A French message names the fault in French from the error number; the English
text appears only for a number not listed here, in parentheses.
"""

import errno

from .i18n import QT_TRANSLATE_NOOP, tr

_ERRNO_WORDS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("VeillePatrimoniale", "fichier ou dossier introuvable"),
    errno.EACCES: QT_TRANSLATE_NOOP("VeillePatrimoniale", "accès refusé (droits insuffisants)"),
    errno.EPERM: QT_TRANSLATE_NOOP("VeillePatrimoniale", "opération non permise (droits insuffisants)"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("VeillePatrimoniale", "disque plein"),
    errno.EROFS: QT_TRANSLATE_NOOP("VeillePatrimoniale", "système de fichiers en lecture seule"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("VeillePatrimoniale", "nom trop long (255 octets au plus par nom)"),
    errno.EISDIR: QT_TRANSLATE_NOOP("VeillePatrimoniale", "c'est un dossier, pas un fichier"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("VeillePatrimoniale", "un élément du chemin n'est pas un dossier"),
    errno.EEXIST: QT_TRANSLATE_NOOP("VeillePatrimoniale", "existe déjà"),
    errno.EIO: QT_TRANSLATE_NOOP("VeillePatrimoniale", "erreur d'entrée-sortie du disque"),
    errno.EBUSY: QT_TRANSLATE_NOOP("VeillePatrimoniale", "fichier ou périphérique occupé"),
    errno.EMFILE: QT_TRANSLATE_NOOP("VeillePatrimoniale", "trop de fichiers ouverts"),
    errno.ELOOP: QT_TRANSLATE_NOOP("VeillePatrimoniale", "trop de liens symboliques (boucle)"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("VeillePatrimoniale", "dossier non vide"),
    errno.EXDEV: QT_TRANSLATE_NOOP("VeillePatrimoniale", "déplacement impossible d'un disque à un autre"),
    errno.EINVAL: QT_TRANSLATE_NOOP("VeillePatrimoniale", "nom ou paramètre invalide"),
    errno.ETIMEDOUT: QT_TRANSLATE_NOOP("VeillePatrimoniale", "délai d'attente dépassé"),
    errno.ECONNREFUSED: QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion refusée"),
    errno.ECONNRESET: QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion coupée par l'autre côté"),
    errno.ENETUNREACH: QT_TRANSLATE_NOOP("VeillePatrimoniale", "réseau inaccessible"),
    errno.EHOSTUNREACH: QT_TRANSLATE_NOOP("VeillePatrimoniale", "serveur inaccessible"),
}
if hasattr(errno, "EDQUOT"):
    _ERRNO_WORDS[errno.EDQUOT] = QT_TRANSLATE_NOOP("VeillePatrimoniale", "quota disque dépassé")


def os_error_words(exc: BaseException) -> str:
    """What went wrong in ``exc`` (an OSError), in French words."""
    number = getattr(exc, "errno", None)
    if number in _ERRNO_WORDS:
        return tr(_ERRNO_WORDS[number])
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    if number:
        return tr("erreur système n° {n} ({d})").format(n=number, d=detail)
    return tr("erreur système ({d})").format(d=detail)


__all__ = ["os_error_words"]
