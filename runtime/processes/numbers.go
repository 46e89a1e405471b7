package processes

import (
	"bytes"
	"encoding"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
)

// Slices of plain numbers are what a Map most often sends and gets back.
// encoding/json spends ~200 ns on each; these take a tenth of that. Any
// other type, or anything unusual, goes through encoding/json.

var (
	unmarshalerType     = reflect.TypeOf((*json.Unmarshaler)(nil)).Elem()
	textMarshalerType   = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
)

// plainNumber tells whether t is a number kind that encoding/json would
// encode as a bare number (no custom marshaling of its own).
func plainNumber(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
	default:
		return false
	}
	p := reflect.PointerTo(t)
	for _, i := range []reflect.Type{marshalerType, unmarshalerType, textMarshalerType, textUnmarshalerType} {
		if t.Implements(i) || p.Implements(i) {
			return false
		}
	}
	return true
}

// encodeNumbers encodes a slice of plain numbers as a JSON array; false
// if it cannot (not such a slice, NaN or infinity, or a []uint8, which
// JSON writes as base64).
func encodeNumbers(v reflect.Value) ([]byte, bool) {
	t := v.Type().Elem()
	if v.Kind() != reflect.Slice || t.Kind() == reflect.Uint8 || !plainNumber(t) {
		return nil, false
	}
	b := make([]byte, 0, 2+8*v.Len())
	b = append(b, '[')
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			b = append(b, ',')
		}
		e := v.Index(i)
		switch {
		case e.CanInt():
			b = strconv.AppendInt(b, e.Int(), 10)
		case e.CanUint():
			b = strconv.AppendUint(b, e.Uint(), 10)
		default:
			f := e.Float()
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return nil, false // encoding/json says why
			}
			bits := 64
			if t.Kind() == reflect.Float32 {
				bits = 32
			}
			b = strconv.AppendFloat(b, f, 'g', -1, bits)
		}
	}
	return append(b, ']'), true
}

// decodeNumbers decodes a JSON array of numbers into a new slice of
// typ; false if it cannot (then encoding/json decodes it, and explains).
func decodeNumbers(data []byte, typ reflect.Type) (reflect.Value, bool) {
	t := typ.Elem()
	if t.Kind() == reflect.Uint8 || !plainNumber(t) {
		return reflect.Value{}, false
	}
	data = bytes.TrimSpace(data)
	if len(data) < 2 || data[0] != '[' || data[len(data)-1] != ']' {
		return reflect.Value{}, false
	}
	data = data[1 : len(data)-1]
	n := 0
	if len(bytes.TrimSpace(data)) > 0 {
		n = bytes.Count(data, []byte{','}) + 1
	}
	out := reflect.MakeSlice(typ, n, n)
	bits := int(t.Size() * 8)
	for i := 0; i < n; i++ {
		tok := data
		if j := bytes.IndexByte(data, ','); j >= 0 {
			tok, data = data[:j], data[j+1:]
		}
		s := string(bytes.TrimSpace(tok))
		e := out.Index(i)
		switch {
		case e.CanInt():
			x, err := strconv.ParseInt(s, 10, bits)
			if err != nil {
				return reflect.Value{}, false
			}
			e.SetInt(x)
		case e.CanUint():
			x, err := strconv.ParseUint(s, 10, bits)
			if err != nil {
				return reflect.Value{}, false
			}
			e.SetUint(x)
		default:
			x, err := strconv.ParseFloat(s, bits)
			if err != nil || !jsonNumber(s) {
				return reflect.Value{}, false
			}
			e.SetFloat(x)
		}
	}
	return out, true
}

// jsonNumber rejects what ParseFloat takes but JSON does not (Inf, NaN,
// hex, underscores).
func jsonNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == '-', c == '+', c == '.', c == 'e', c == 'E':
		default:
			return false
		}
	}
	return true
}
