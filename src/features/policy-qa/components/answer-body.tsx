import { Text, View } from '@tarojs/components'
import { toBlocks } from '@/features/policy-qa/model'
import { Highlighted } from '@/features/policy-qa/components/highlighted'
import './answer-body.scss'

/** A full answer as paragraphs and lists. Plain text only: nothing in content is parsed as markup. */
export function AnswerBody({ text, terms = [] }: { text: string; terms?: readonly string[] }) {
  return (
    <View className='qa-answer'>
      {toBlocks(text).map((block, i) =>
        block.kind === 'p' ? (
          <Highlighted key={i} className='qa-answer__p' text={block.text} terms={terms} />
        ) : (
          <View key={i} className='qa-answer__list'>
            {block.items.map((item, k) => (
              <View key={k} className='qa-answer__item'>
                <Text className='qa-answer__bullet'>•</Text>
                <Highlighted className='qa-answer__item-text' text={item} terms={terms} />
              </View>
            ))}
          </View>
        ),
      )}
    </View>
  )
}
