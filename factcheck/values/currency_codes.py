"""ISO 4217 currency codes that news writes after a figure ("100,000 EGP", "5 million USD").

A code in capitals names one currency, so, unlike "rupees" or "pesos", it is read with its
code and kept in the figure's span (tests/gold/README.md, "One rule for every corpus").
Codes that are also English words or a company's name ("ALL", "CUP", "TOP", "PEN", "TRY",
"MAD", "AMD", ...) are left out: in a headline's capitals "TOP 100 ALL" would otherwise be
read as Albanian lek, and a wrong currency lets a claim pass against another's money.
"""

from __future__ import annotations

# Active ISO 4217 codes (2025), less the word-like ones named above.
_CODES = """
    AED AFN ANG AOA ARS AUD AWG AZN BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD
    CAD CDF CHF CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GHS
    GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
    KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MRU MUR MVR MWK
    MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
    SAR SBD SCR SDG SEK SGD SHP SLE SRD SSP STN SYP SZL THB TJS TMT TND TTD TWD TZS UAH
    UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG
    """
ISO_4217_CODES = frozenset(_CODES.split())
