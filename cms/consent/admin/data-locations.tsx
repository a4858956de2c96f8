import type React from 'react'

import type { Locale } from '../../../config/locales'
import { processorRegistry } from '../../../config/processors/processor-registry'

const legalBasis = { consent: 'consent', contract: 'contract', 'legitimate-interest': 'legitimate interest', 'legal-obligation': 'legal obligation' } as const

/**
 * Where each processor keeps the data it receives, straight from the processor registry (the same source as the
 * privacy policy's recipient list), so what admins read here and what visitors read there cannot differ.
 */
export const DataLocations = ({ locale }: { locale: Locale }): React.ReactElement => (
  <table>
    <thead>
      <tr>
        <th scope="col">Processor</th>
        <th scope="col">Data kept in</th>
        <th scope="col">Legal basis</th>
        <th scope="col">Receives data from</th>
      </tr>
    </thead>
    <tbody>
      {processorRegistry.map((processor) => (
        <tr key={processor.id}>
          <td>{processor.name}</td>
          <td>{processor.storage[locale]}</td>
          <td>{legalBasis[processor.legalBasis]}</td>
          <td>{processor.side === 'browser' ? 'visitors’ browsers, after consent where needed' : 'our server'}</td>
        </tr>
      ))}
    </tbody>
  </table>
)
